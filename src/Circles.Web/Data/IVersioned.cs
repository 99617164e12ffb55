namespace Circles.Web.Data;

/// <summary>
/// Marks an entity that two people (or two windows) may edit at once. Its <see cref="Version"/>
/// is the concurrency token: <see cref="CirclesDb"/> renews it on every save that changes the row,
/// and an update that finds another version than the one read (or the one the person's form
/// carried, see <see cref="CirclesDb.ExpectVersion"/>) saves nothing and reports a conflict.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
