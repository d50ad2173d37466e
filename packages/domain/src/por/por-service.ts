import { Context, Effect, Layer, Option, Schema } from "effect"
import { AttributionPolicy } from "../attribution/attribution-service.ts"
import { validateOsaForm } from "../attribution/engine.ts"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { NotACustomer, NotAPartner } from "../authorization/errors.ts"
import { policy } from "../authorization/policy.ts"
import { IsoDate } from "../calendar/business-calendar.ts"
import { Clock } from "../calendar/clock.ts"
import type { Channel, SolutionArea } from "../catalog/catalog.ts"
import type { Subscription, SubscriptionState } from "../directory/model.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import type { Location } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { newId, type PartnerId, type SubscriptionId, type TenantId } from "../ids.ts"
import { type EmailText, localizedEmail, Outbox } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"
import { type Forbidden, InvalidInput, NotFound, RuleViolations } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { WebhookEvents } from "../webhooks/events.ts"
import type { WebhookEvent } from "../webhooks/model.ts"
import { porTexts } from "./email-texts.ts"
import { type DporAssignment, PorRepository, subscriptionSubject } from "./model.ts"

/** The webhook event of a DPOR added or removed, to the organization of the partner it names. */
const dporEvent = (
  type: "dpor.added" | "dpor.removed",
  sub: Pick<Subscription, "id" | "tenantId">,
  location: Location
): WebhookEvent => ({
  type,
  organizationId: location.organizationId,
  data: {
    subscriptionId: sub.id,
    tenantId: sub.tenantId,
    organizationId: location.organizationId,
    partnerId: location.partnerId
  }
})

/** A subscription of the customer's tenant as the customer sees it, with its Digital Partner of Record. */
export interface TenantSubscriptionView {
  readonly id: string
  readonly product: string
  readonly solutionArea: SolutionArea
  readonly channel: Channel
  readonly state: SubscriptionState
  readonly partnerOfRecord: {
    readonly partnerId: string
    readonly name: string
    readonly addedAt: string
  } | null
}

const unknownPartner = (partnerId: string) =>
  new RuleViolations({
    violations: [
      {
        code: "unknown_partner_id",
        message: `There is no partner with PartnerID ${partnerId}; check the number with your partner`,
        field: "partnerId"
      }
    ]
  })

/**
 * Digital Partner of Record (SPEC §4, seed 000): a customer tenant admin names one partner on a
 * subscription (adding another replaces it) or clears it; legacy OSA forms and the DPOR's proof of
 * execution are recorded as dated events for attribution.
 */
export class PorService extends Context.Service<
  PorService,
  {
    /** The customer tenant's subscriptions with their Digital Partner of Record. */
    readonly tenantSubscriptions: (
      actor: Actor
    ) => Effect.Effect<ReadonlyArray<TenantSubscriptionView>, NotACustomer | Forbidden>
    /** The customer names a partner (by PartnerID) as a subscription's Digital Partner of Record. */
    readonly setPartnerOfRecord: (
      actor: Actor,
      subscriptionId: string,
      partnerId: string
    ) => Effect.Effect<TenantSubscriptionView, NotFound | Forbidden | RuleViolations>
    /** The customer clears a subscription's Digital Partner of Record. */
    readonly removePartnerOfRecord: (
      actor: Actor,
      subscriptionId: string
    ) => Effect.Effect<TenantSubscriptionView, NotFound | Forbidden>
    /** The subscriptions on which the partner is the Digital Partner of Record. */
    readonly partnerSubscriptions: (
      actor: Actor
    ) => Effect.Effect<
      ReadonlyArray<DporAssignment & { readonly tenantId: string; readonly product: string }>,
      NotAPartner | Forbidden
    >
    /** Records an Online Services Advisor form (legacy intake; refused for deploy after the cutoff). */
    readonly recordOsaForm: (
      actor: Actor,
      input: {
        readonly subscriptionId: string
        readonly partnerId: string
        readonly receivedOn?: string | undefined
      }
    ) => Effect.Effect<
      { readonly id: string; readonly receivedOn: string },
      Forbidden | InvalidInput | RuleViolations | NotFound
    >
    /** Records the DPOR's proof of execution for a subscription. */
    readonly recordPorPoe: (
      actor: Actor,
      input: {
        readonly subscriptionId: string
        readonly partnerId: string
        readonly submittedOn?: string | undefined
      }
    ) => Effect.Effect<
      { readonly id: string; readonly at: string },
      NotFound | Forbidden | RuleViolations | InvalidInput
    >
  }
>()("@openpor/domain/por/PorService") {
  static readonly layer = Layer.effect(
    PorService,
    Effect.gen(function* () {
      const [repo, directory, identity] = yield* Effect.all([
        PorRepository,
        DirectoryRepository,
        IdentityRepository
      ])
      const [clock, tx, audit, outbox] = yield* Effect.all([Clock, Transactor, AuditLog, Outbox])
      const webhooks = yield* WebhookEvents

      const subscriptionOf = (actor: Actor, subscriptionId: string) =>
        Effect.gen(function* () {
          const sub = yield* directory.findSubscription(subscriptionId.toLowerCase() as SubscriptionId)
          // Another tenant's subscription is not found, not forbidden.
          if (Option.isNone(sub) || (actor.kind === "customer" && actor.tenantId !== sub.value.tenantId)) {
            return yield* new NotFound({ entity: "subscription", id: subscriptionId })
          }
          return sub.value
        })

      const locationOf = (partnerId: string) =>
        Effect.map(identity.findLocationByPartnerId(partnerId as PartnerId), Option.getOrUndefined)

      const view = (sub: Subscription) =>
        Effect.gen(function* () {
          const dpor = Option.getOrUndefined(yield* repo.currentDpor(sub.id))
          const location =
            dpor === undefined
              ? undefined
              : Option.getOrUndefined(yield* identity.findLocation(dpor.locationId))
          return yield* viewWith(sub, dpor, location)
        })

      /** The view from a partner of record and its location already in hand (a write just set them). */
      const viewWith = (
        sub: Subscription,
        dpor: { readonly partnerId: string; readonly addedAt: Date } | undefined,
        location: Location | undefined
      ) =>
        Effect.gen(function* () {
          const org =
            location === undefined
              ? undefined
              : Option.getOrUndefined(yield* identity.findOrganization(location.organizationId))
          const result: TenantSubscriptionView = {
            id: sub.id,
            product: sub.product,
            solutionArea: sub.solutionArea,
            channel: sub.channel,
            state: sub.state,
            partnerOfRecord:
              dpor === undefined
                ? null
                : {
                    partnerId: dpor.partnerId,
                    name: org === undefined ? dpor.partnerId : `${org.name} (${location?.city ?? ""})`,
                    addedAt: dpor.addedAt.toISOString()
                  }
          }
          return result
        })

      /** To the location's Incentives admins, each in their language (SPEC §8). */
      const emailLocation = (
        location: Location,
        template: string,
        words: (t: (typeof porTexts)[Language]) => EmailText
      ) =>
        Effect.gen(function* () {
          const admins = yield* identity.usersWithLocationRole(location.id, "incentives_admin")
          if (admins.length === 0) return
          yield* outbox.enqueueEmail(
            localizedEmail(
              admins.map((a) => a.email),
              template,
              (language, link) => {
                const t = porTexts[language]
                const { subject, text } = words(t)
                return { subject, text: `${text}${t.footer(link("/partner/subscriptions"))}` }
              }
            )
          )
        })

      const tenantSubscriptions = Effect.fn("PorService.tenantSubscriptions")(function* (actor: Actor) {
        if (actor.kind !== "customer")
          return yield* new NotACustomer({ reason: "Only a customer tenant has subscriptions here" })
        yield* authorize("viewTenant", actor, { tenantId: actor.tenantId })
        const subs = yield* directory.subscriptionsOf(actor.tenantId)
        return yield* Effect.forEach(subs, view)
      })

      const setPartnerOfRecord = Effect.fn("PorService.setPartnerOfRecord")(function* (
        actor: Actor,
        subscriptionId: string,
        partnerId: string
      ) {
        const sub = yield* subscriptionOf(actor, subscriptionId)
        yield* authorize("manageDpor", actor, { tenantId: sub.tenantId as TenantId })
        const location = yield* locationOf(partnerId)
        if (location === undefined) return yield* unknownPartner(partnerId)
        const tenant = Option.getOrUndefined(yield* directory.findTenantName(sub.tenantId as TenantId))
        return yield* tx.transaction(
          Effect.gen(function* () {
            const now = yield* clock.now
            const previous = Option.getOrUndefined(yield* repo.currentDpor(sub.id))
            if (previous?.partnerId === partnerId) return yield* view(sub)
            const dpor = { subscriptionId: sub.id, partnerId, locationId: location.id, addedAt: now }
            yield* repo.setDpor(dpor)
            yield* repo.appendEvent({
              id: newId("por"),
              subjectKey: subscriptionSubject(sub.id),
              type: "dpor_added",
              partnerId,
              receivedOn: null,
              at: now,
              createdBy: actorId(actor)
            })
            yield* audit.append({
              actor,
              action: previous === undefined ? "dpor.added" : "dpor.replaced",
              entityType: "subscription",
              entityId: sub.id,
              before: previous === undefined ? null : { partnerId: previous.partnerId },
              after: { partnerId }
            })
            const customer = tenant?.name ?? "A customer"
            const facts = { customer, subscriptionId: sub.id, product: sub.product }
            yield* emailLocation(location, "dpor.added", (t) => t.added({ ...facts, partnerId }))
            const old =
              previous === undefined
                ? undefined
                : Option.getOrUndefined(yield* identity.findLocation(previous.locationId))
            // Webhook deliveries in the same transaction: each to the organization it names.
            yield* webhooks.publish([
              dporEvent("dpor.added", sub, location),
              ...(old === undefined ? [] : [dporEvent("dpor.removed", sub, old)])
            ])
            if (previous !== undefined) {
              if (old !== undefined) {
                yield* emailLocation(old, "dpor.removed", (t) =>
                  t.replaced({ ...facts, partnerId: previous.partnerId })
                )
              }
            }
            return yield* viewWith(sub, dpor, location)
          })
        )
      })

      const removePartnerOfRecord = Effect.fn("PorService.removePartnerOfRecord")(function* (
        actor: Actor,
        subscriptionId: string
      ) {
        const sub = yield* subscriptionOf(actor, subscriptionId)
        yield* authorize("manageDpor", actor, { tenantId: sub.tenantId as TenantId })
        const tenant = Option.getOrUndefined(yield* directory.findTenantName(sub.tenantId as TenantId))
        return yield* tx.transaction(
          Effect.gen(function* () {
            const previous = Option.getOrUndefined(yield* repo.currentDpor(sub.id))
            if (previous === undefined)
              return yield* new NotFound({ entity: "partner of record on subscription", id: sub.id })
            const now = yield* clock.now
            yield* repo.clearDpor(sub.id)
            yield* repo.appendEvent({
              id: newId("por"),
              subjectKey: subscriptionSubject(sub.id),
              type: "dpor_removed",
              partnerId: null,
              receivedOn: null,
              at: now,
              createdBy: actorId(actor)
            })
            yield* audit.append({
              actor,
              action: "dpor.removed",
              entityType: "subscription",
              entityId: sub.id,
              before: { partnerId: previous.partnerId },
              after: null
            })
            const old = Option.getOrUndefined(yield* identity.findLocation(previous.locationId))
            const customer = tenant?.name ?? "A customer"
            if (old !== undefined) yield* webhooks.publish(dporEvent("dpor.removed", sub, old))
            if (old !== undefined) {
              yield* emailLocation(old, "dpor.removed", (t) =>
                t.removed({
                  customer,
                  partnerId: previous.partnerId,
                  subscriptionId: sub.id,
                  product: sub.product
                })
              )
            }
            return yield* view(sub)
          })
        )
      })

      const partnerSubscriptions = Effect.fn("PorService.partnerSubscriptions")(function* (actor: Actor) {
        if (actor.kind !== "partner")
          return yield* new NotAPartner({ reason: "Only partners are named partner of record" })
        yield* authorize("viewClaims", actor, { organizationId: actor.organizationId })
        const locations = yield* identity.locationsOf(actor.organizationId)
        const assignments = yield* repo.dporOf(locations.map((l) => l.partnerId))
        const out = []
        for (const a of assignments) {
          const sub = Option.getOrUndefined(
            yield* directory.findSubscription(a.subscriptionId as SubscriptionId)
          )
          out.push({ ...a, tenantId: sub?.tenantId ?? "", product: sub?.product ?? "" })
        }
        return out
      })

      const dateOrToday = (given: string | undefined, field: string) =>
        Effect.gen(function* () {
          if (given === undefined) return (yield* clock.now).toISOString().slice(0, 10)
          if (!Schema.is(IsoDate)(given)) {
            return yield* new InvalidInput({
              code: "invalid_request",
              reason: `${field} must be a date YYYY-MM-DD`,
              details: { field }
            })
          }
          return given
        })

      const recordOsaForm = Effect.fn("PorService.recordOsaForm")(function* (
        actor: Actor,
        input: {
          readonly subscriptionId: string
          readonly partnerId: string
          readonly receivedOn?: string | undefined
        }
      ) {
        yield* authorize("operate", actor)
        const receivedOn = yield* dateOrToday(input.receivedOn, "receivedOn")
        const check = validateOsaForm(receivedOn, "deploy", yield* AttributionPolicy)
        if (!check.accepted)
          return yield* new RuleViolations({
            violations: [{ code: check.code, message: check.message, field: "receivedOn" }]
          })
        const sub = yield* subscriptionOf(actor, input.subscriptionId)
        if ((yield* locationOf(input.partnerId)) === undefined) return yield* unknownPartner(input.partnerId)
        const id = newId<string>("osa")
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.appendEvent({
              id,
              subjectKey: subscriptionSubject(sub.id),
              type: "osa_form",
              partnerId: input.partnerId,
              receivedOn,
              at: new Date(`${receivedOn}T00:00:00.000Z`),
              createdBy: actorId(actor)
            })
            yield* audit.append({
              actor,
              action: "osa_form.recorded",
              entityType: "subscription",
              entityId: sub.id,
              before: null,
              after: { partnerId: input.partnerId, receivedOn }
            })
          })
        )
        return { id, receivedOn }
      })

      const recordPorPoe = Effect.fn("PorService.recordPorPoe")(function* (
        actor: Actor,
        input: {
          readonly subscriptionId: string
          readonly partnerId: string
          readonly submittedOn?: string | undefined
        }
      ) {
        const sub = yield* subscriptionOf(actor, input.subscriptionId)
        const location = yield* locationOf(input.partnerId)
        if (location === undefined) return yield* unknownPartner(input.partnerId)
        // The DPOR's own Incentives admins submit it (or an operator records one received elsewhere).
        if (!policy.operate(actor)) {
          if (actor.kind === "partner" && actor.organizationId !== location.organizationId)
            return yield* new NotFound({ entity: "subscription", id: input.subscriptionId })
          yield* authorize("submitClaim", actor, {
            organizationId: location.organizationId,
            locationId: location.id
          })
        }
        const current = Option.getOrUndefined(yield* repo.currentDpor(sub.id))
        if (current?.partnerId !== input.partnerId) {
          return yield* new RuleViolations({
            violations: [
              {
                code: "not_partner_of_record",
                message: `PartnerID ${input.partnerId} is not the partner of record on subscription ${sub.id}; the customer has to name you first`,
                field: "partnerId"
              }
            ]
          })
        }
        const now = yield* clock.now
        const day = yield* dateOrToday(input.submittedOn, "submittedOn")
        const at = input.submittedOn === undefined ? now : new Date(`${day}T12:00:00.000Z`)
        const id = newId<string>("poe")
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.appendEvent({
              id,
              subjectKey: subscriptionSubject(sub.id),
              type: "dpor_poe",
              partnerId: input.partnerId,
              receivedOn: null,
              at,
              createdBy: actorId(actor)
            })
            yield* audit.append({
              actor,
              action: "dpor_poe.recorded",
              entityType: "subscription",
              entityId: sub.id,
              before: null,
              after: { partnerId: input.partnerId, at: at.toISOString() }
            })
          })
        )
        return { id, at: at.toISOString() }
      })

      return PorService.of({
        tenantSubscriptions,
        setPartnerOfRecord,
        removePartnerOfRecord,
        partnerSubscriptions,
        recordOsaForm,
        recordPorPoe
      })
    })
  )
}

const actorId = (actor: Actor): string => (actor.kind === "customer_contact" ? actor.email : actor.userId)
