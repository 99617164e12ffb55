using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Accounts;

/// <summary>
/// Identity's store with one change: finding a user by name, id or passkey looks across
/// organizations, because signing in happens before anyone's organization is known. Everything else, including
/// <see cref="UserStore{TUser,TRole,TContext,TKey}.Users"/>, stays filtered to the current organization.
/// </summary>
public sealed class CirclesUserStore(CirclesDb context, IdentityErrorDescriber? describer = null)
    : UserStore<CirclesUser, IdentityRole<Guid>, CirclesDb, Guid>(context, describer)
{
    public override Task<CirclesUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        var id = ConvertIdFromString(userId);
        return Context.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    public override async Task<CirclesUser?> FindByPasskeyIdAsync(byte[] credentialId, CancellationToken cancellationToken = default)
    {
        var owner = Context.Set<IdentityUserPasskey<Guid>>().Where(p => p.CredentialId == credentialId).Select(p => p.UserId);
        return await Context.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => owner.Contains(u.Id), cancellationToken);
    }

    public override Task<CirclesUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        Context.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, cancellationToken);
}
