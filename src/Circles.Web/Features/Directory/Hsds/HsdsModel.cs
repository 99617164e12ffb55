using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// Maps every HSDS table by convention: key (Circles organization, HSDS id), so each organization
/// keeps its own directory and a re-import updates by id; an index on every reference field.
/// References are checked by the importer (which reports file, line and field) rather than by
/// database foreign keys, because HSDS data arrives in any table order and nests records by id.
/// </summary>
internal static class HsdsModel
{
    public const int IdLength = 250;

    public static void Configure(ModelBuilder builder)
    {
        foreach (var table in HsdsSchema.Tables)
        {
            var entity = builder.Entity(table.ClrType);
            entity.HasKey(nameof(IHsdsRecord.OrganizationId), nameof(IHsdsRecord.Id));
            foreach (var field in table.Fields.Where(f => f.Kind == HsdsFieldKind.Id))
            {
                entity.Property(field.Property.Name).HasMaxLength(IdLength);
                if (field.Name != "id")
                {
                    entity.HasIndex(nameof(IHsdsRecord.OrganizationId), field.Property.Name);
                }
            }
        }
    }
}
