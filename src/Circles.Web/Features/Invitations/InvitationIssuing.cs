namespace Circles.Web.Features.Invitations;

/// <summary>
/// Making an invitation: a new link token and code, only their hashes kept, and when it stops
/// working. The coordinators' Invitations page and the command line that invites an
/// organization's first coordinator (<c>organization create</c>) both make them here; Join
/// redeems them.
/// </summary>
public static class InvitationIssuing
{
    /// <param name="createdByUserId">The coordinator who made it; null when made on the command line, before the organization has anyone.</param>
    public static IssuedInvitation Issue(Guid organizationId, string role, Guid? createdByUserId, DateTime now, TimeSpan validFor)
    {
        var token = InvitationSecrets.NewToken();
        var code = InvitationSecrets.NewCode();
        var invitation = new Invitation
        {
            OrganizationId = organizationId,
            Role = role,
            TokenHash = InvitationSecrets.Hash(token),
            CodeHash = InvitationSecrets.Hash(code),
            CreatedAt = now,
            ExpiresAt = now.Add(validFor),
            CreatedByUserId = createdByUserId,
        };
        return new IssuedInvitation(invitation, token, InvitationSecrets.Display(code));
    }

    /// <summary>
    /// The link's path: the Join page's path, then the token. Not filled in by routing, which
    /// writes URLs in lower case (RouteOptions.LowercaseUrls) and would break the token.
    /// </summary>
    public static string LinkPath(string joinPagePath, string token) => $"{joinPagePath.TrimEnd('/')}/{token}";
}

/// <summary>A new invitation with the secrets to hand over once: the link token and the code as read aloud ("ABCDE-FGHJK").</summary>
public sealed record IssuedInvitation(Invitation Invitation, string Token, string Code);
