using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>
/// The changes to referrals and consents that several pages make (member, coordinator, partner),
/// each with its dated history row or audit event in the same unit of work. Callers save.
/// </summary>
public sealed class ReferralSteps(CirclesDb db, AuditLog audit, FieldProtector protector, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new referral and its first history row ("sent").</summary>
    public Referral Create(Need need, string serviceId, Guid byUserId, Consent? consent)
    {
        var referral = new Referral
        {
            NeedId = need.Id,
            ServiceId = serviceId,
            SharesMemberDetails = consent is not null,
            ConsentId = consent?.Id,
            Status = ReferralStatus.Sent,
            CreatedAt = Now,
            CreatedByUserId = byUserId,
            StatusChangedAt = Now,
        };
        db.Referrals.Add(referral);
        db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Status = ReferralStatus.Sent, At = Now, ByUserId = byUserId });
        if (need.Status == NeedStatus.Waiting)
        {
            need.Status = NeedStatus.InProgress;
            need.TriagedAt ??= Now;
        }
        return referral;
    }

    /// <summary>A dated step in the referral's history, with an optional staff note (encrypted, SEC-27).</summary>
    public void SetStatus(Referral referral, ReferralStatus status, Guid byUserId, string? note)
    {
        referral.Status = status;
        referral.StatusChangedAt = Now;
        db.ReferralUpdates.Add(new ReferralUpdate
        {
            ReferralId = referral.Id,
            Status = status,
            At = Now,
            ByUserId = byUserId,
            ProtectedNote = protector.Protect(FieldPurposes.ReferralNote, note?.Trim()),
        });
        if (status is ReferralStatus.Declined or ReferralStatus.NotSuitable && referral.SharedAddressLocationId is not null)
        {
            // The place turned them down: a confidential address given on this referral is taken
            // back for good, not shown again if the referral is reopened (SharedAddresses).
            UnshareAddress(referral, byUserId);
        }
    }

    /// <summary>
    /// A new referral. It shares nothing unless asked to; sharing needs the member's active
    /// consent for that service, or their spoken consent recorded now by the referring coordinator
    /// (SEC-21). Null, with nothing created, when sharing is asked for without either.
    /// </summary>
    public async Task<Referral?> ReferAsync(Need need, string serviceId, Guid byUserId, bool sharesMemberDetails, bool spokenConsent, CancellationToken cancellationToken)
    {
        Consent? consent = null;
        if (sharesMemberDetails)
        {
            consent = await ConsentRules.ActiveForServiceAsync(db, need.MemberUserId, serviceId, cancellationToken);
            if (consent is null && !spokenConsent)
            {
                return null;
            }
        }
        var referral = Create(need, serviceId, byUserId, consent);
        if (sharesMemberDetails && consent is null)
        {
            RecordConsent(need.OrganizationId, need.MemberUserId, referral, byUserId);
        }
        return referral;
    }

    /// <summary>
    /// The member agreed to share with the referral's service (on their page, or aloud to a
    /// coordinator who records it): the referral shares on their active consent for that service
    /// if they already gave one, or on a new one.
    /// </summary>
    public async Task ConsentAsync(Guid organizationId, Guid memberUserId, Referral referral, Guid recordedByUserId, CancellationToken cancellationToken)
    {
        var existing = await ConsentRules.ActiveForServiceAsync(db, memberUserId, referral.ServiceId, cancellationToken);
        if (existing is null)
        {
            RecordConsent(organizationId, memberUserId, referral, recordedByUserId);
        }
        else
        {
            Share(referral, existing);
        }
    }

    /// <summary>
    /// Whether the member may be given, on this referral, the address of this place: only a
    /// confidential place where the referred service is offered, and not once the service turned
    /// the referral down (<see cref="SharedAddresses"/>).
    /// </summary>
    public async Task<bool> CanShareAddressAsync(Referral referral, string locationId, CancellationToken cancellationToken) =>
        referral.Status is not (ReferralStatus.Declined or ReferralStatus.NotSuitable)
        && await SharedAddresses.IsConfidentialPlaceOfAsync(db, referral.ServiceId, locationId, cancellationToken);

    /// <summary>The member sees the address on this referral only; audited with ids only (SEC-32). Check <see cref="CanShareAddressAsync"/> first.</summary>
    public void ShareAddress(Referral referral, string locationId, Guid byUserId)
    {
        referral.SharedAddressLocationId = locationId;
        referral.AddressSharedAt = Now;
        referral.AddressSharedByUserId = byUserId;
        audit.Record(referral.OrganizationId, byUserId, AuditActions.ConfidentialAddressShared, referral.Id.ToString());
    }

    /// <summary>The member no longer sees the address on this referral.</summary>
    public void UnshareAddress(Referral referral, Guid? byUserId)
    {
        referral.SharedAddressLocationId = null;
        referral.AddressSharedAt = null;
        referral.AddressSharedByUserId = null;
        audit.Record(referral.OrganizationId, byUserId, AuditActions.ConfidentialAddressUnshared, referral.Id.ToString());
    }

    /// <summary>
    /// The member's consent to share with one service (SEC-21): given by the member on their
    /// page, or their spoken consent recorded by a coordinator. The referral then shares.
    /// </summary>
    public Consent RecordConsent(Guid organizationId, Guid memberUserId, Referral referral, Guid recordedByUserId)
    {
        var consent = new Consent
        {
            MemberUserId = memberUserId,
            Scope = ConsentScope.ShareWithService,
            ScopeDetail = referral.ServiceId,
            TextVersion = ConsentTexts.ReferralVersion,
            GivenAt = Now,
            RecordedByUserId = recordedByUserId,
        };
        db.Consents.Add(consent);
        Share(referral, consent);
        audit.Record(organizationId, recordedByUserId, AuditActions.ConsentGiven, consent.Id.ToString());
        return consent;
    }

    /// <summary>The referral shares on this (active) consent from now on.</summary>
    public static void Share(Referral referral, Consent consent)
    {
        referral.SharesMemberDetails = true;
        referral.ConsentId = consent.Id;
    }

    /// <summary>Withdrawal in one step: the consent ends and every referral standing on it stops sharing.</summary>
    public async Task WithdrawAsync(Guid organizationId, Consent consent, Guid byUserId, CancellationToken cancellationToken)
    {
        consent.WithdrawnAt = Now;
        var standing = await db.Referrals.Where(r => r.ConsentId == consent.Id).ToListAsync(cancellationToken);
        foreach (var referral in standing)
        {
            referral.SharesMemberDetails = false;
        }
        audit.Record(organizationId, byUserId, AuditActions.ConsentWithdrawn, consent.Id.ToString());
    }

    /// <summary>
    /// Sharing without consent (e.g. a risk to life): recorded with its reason (encrypted) and
    /// audited, but the referral shares nothing until a second coordinator approves.
    /// </summary>
    public Consent RequestOverride(Guid organizationId, Guid memberUserId, Referral referral, Guid requestedByUserId, string reason)
    {
        var consent = new Consent
        {
            MemberUserId = memberUserId,
            Scope = ConsentScope.ShareWithService,
            ScopeDetail = referral.ServiceId,
            TextVersion = ConsentTexts.ReferralVersion,
            GivenAt = Now,
            RecordedByUserId = requestedByUserId,
            ProtectedOverrideReason = protector.Protect(FieldPurposes.ConsentOverrideReason, reason.Trim()),
        };
        db.Consents.Add(consent);
        referral.ConsentId = consent.Id;
        referral.SharesMemberDetails = false;
        audit.Record(organizationId, requestedByUserId, AuditActions.ConsentOverrideRequested, consent.Id.ToString());
        return consent;
    }

    /// <summary>The second coordinator's approval; only then does the referral share.</summary>
    public void ApproveOverride(Guid organizationId, Consent consent, Referral referral, Guid approvedByUserId)
    {
        consent.OverrideApprovedByUserId = approvedByUserId;
        Share(referral, consent);
        audit.Record(organizationId, approvedByUserId, AuditActions.ConsentOverrideApproved, consent.Id.ToString());
    }
}
