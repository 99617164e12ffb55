namespace Circles.Web.Data;

/// <summary>
/// Marks an entity that belongs to one organization (the tenant). The DbContext filters every
/// query on such an entity to the current organization and refuses to save it into another.
/// </summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; set; }
}
