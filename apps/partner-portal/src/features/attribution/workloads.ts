/**
 * Workload names as the lookup shows them. They are product names, the same in every language, so they live here
 * once rather than in each message file; a workload not listed shows the name the API gives it.
 */
export const WORKLOAD_NAMES: Readonly<Record<string, string>> = {
  exchange: "Exchange",
  sharepoint: "SharePoint",
  teams: "Teams",
  intune: "Intune",
  defender_endpoint: "Defender for Endpoint",
  defender_office365: "Defender for Office 365",
  entra_id_p1: "Entra ID P1",
  purview_information_protection: "Purview Information Protection",
  viva: "Viva"
}
