/** Bank and tax profile strings; English is the reference. */
export const en = {
  nav: "Bank and tax",
  title: "Bank and tax profiles",
  intro:
    "Bank and tax profiles belong to your organization and are used by the enrollments of its locations. Every change is validated again by the vendor. Profiles cannot be deleted.",
  states: {
    pending_validation: "Waiting for validation",
    approved: "Validated",
    action_required: "Returned: action required"
  },
  returnedReason: "Reason given by the vendor:",
  defaultFor: "Default for {{ locations }}",
  notDefault: "Not a default for any location",
  backToEnrollment: "Back to the enrollment",
  edit: "Edit",
  cancel: "Cancel",
  noDelete: "Profiles cannot be deleted; edit them instead.",
  bank: {
    heading: "Bank profiles",
    caption: "Bank profiles of your organization",
    add: "Add a bank profile",
    addTitle: "New bank profile",
    editTitle: "Edit bank profile {{ label }}",
    empty: "No bank profile yet",
    emptyBody:
      "Add a bank profile to receive incentive payments. Enrollments cannot be validated without one.",
    columns: {
      profile: "Profile",
      account: "Account",
      state: "Validation",
      defaults: "Default"
    },
    label: "Name of the profile",
    labelHint: "For you to recognise it, e.g. Main EUR account",
    accountHolder: "Account holder",
    iban: "IBAN",
    ibanHint: "Country code, two check digits and the account number, e.g. DE89 3704 0044 0532 0130 00",
    ibanKeep: "Leave empty to keep the saved account {{ masked }}.",
    bic: "BIC",
    bicHint: "8 or 11 characters, e.g. COBADEFFXXX",
    bankName: "Bank name",
    country: "Country of the bank",
    countryHint: "Two-letter code, e.g. DE",
    currency: "Currency",
    currencyHint: "Three-letter code, e.g. EUR",
    defaultFor: "Make it the default for a location",
    noDefault: "No, not a default",
    save: "Save bank profile",
    saved: "Bank profile saved",
    savedBody: "The vendor validates it, usually within 48 hours.",
    setDefault: "Set as default",
    setDefaultFor: "Set {{ label }} as default for",
    defaultSet: "Default bank profile set",
    defaultSetBody: "{{ label }} is the default for {{ location }} in {{ currency }}.",
    invalid: {
      label: "Enter a name of up to 100 characters.",
      accountHolder: "Enter the account holder (up to 200 characters).",
      iban: "Enter an IBAN: country code, two check digits and the account number.",
      bic: "Enter a BIC of 8 or 11 letters and digits.",
      bankName: "Enter the bank's name (up to 200 characters).",
      country: "Enter the country as two capital letters, e.g. DE.",
      currency: "Enter the currency as three capital letters, e.g. EUR.",
      defaultForLocationId: "Choose one of your locations."
    }
  },
  tax: {
    heading: "Tax profiles",
    caption: "Tax profiles of your organization",
    add: "Add a tax profile",
    addTitle: "New tax profile",
    editTitle: "Edit tax profile {{ label }}",
    empty: "No tax profile yet",
    emptyBody: "Add the tax profile of your organization. Enrollments cannot be validated without one.",
    columns: {
      profile: "Legal name",
      taxId: "Tax ID",
      state: "Validation",
      defaults: "Default"
    },
    legalName: "Legal name",
    country: "Country",
    countryHint: "Two-letter code, e.g. SE",
    taxId: "Tax ID",
    taxIdHint: "VAT or tax registration number",
    address: "Registered address",
    defaultFor: "Make it the default for a location",
    noDefault: "No, not a default",
    save: "Save tax profile",
    saved: "Tax profile saved",
    savedBody: "The vendor validates it, usually within 48 hours.",
    setDefaultFor: "Set {{ label }} as default for",
    defaultSet: "Default tax profile set",
    defaultSetBody: "{{ label }} is the default for {{ location }}.",
    invalid: {
      legalName: "Enter the legal name (up to 200 characters).",
      country: "Enter the country as two capital letters, e.g. SE.",
      taxId: "Enter the tax ID (up to 50 characters).",
      address: "Enter the address (up to 500 characters).",
      defaultForLocationId: "Choose one of your locations."
    }
  },
  notAdmin: "Only Incentives admins see and edit bank and tax profiles.",
  location: "Location"
}

export type PayoutMessages = typeof en
