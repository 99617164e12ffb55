namespace Circles.Web.Data;

/// <summary>
/// The organization the current request (or background job) acts for. Set once per scope from
/// the signed-in user's claim; <see cref="Guid.Empty"/> means "none", which matches no tenant row.
/// </summary>
public sealed class CurrentOrganization
{
    public Guid Id { get; private set; }

    public bool IsSet => Id != Guid.Empty;

    public void Set(Guid organizationId)
    {
        if (IsSet && Id != organizationId)
        {
            throw new InvalidOperationException("The organization of a scope cannot change once set.");
        }
        Id = organizationId;
    }
}
