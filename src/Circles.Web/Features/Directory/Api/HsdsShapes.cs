using Circles.Web.Features.Directory.Hsds;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// One kind of HSDS document: a table's own fields (read from <see cref="HsdsSchema"/>) and the
/// related records it nests. <paramref name="WithNotes"/>: also the attributes and metadata that
/// point at each record (fully nested documents only; the lists carry one-to-one fields).
/// </summary>
internal sealed record HsdsShape(HsdsTable Table, IReadOnlyList<HsdsNest> Nests, bool WithNotes);

/// <summary>
/// A nested property: the child records whose <paramref name="ChildKey"/> equals the parent's
/// <paramref name="ParentKey"/> (service.phones: phone.service_id = service.id; service.organization:
/// organization.id = service.organization_id). <paramref name="HiddenWhenConfidential"/>: never
/// nested under a confidential location (addresses, accessibility).
/// </summary>
internal sealed record HsdsNest(string Property, HsdsShape Shape, string ChildKey, string ParentKey, bool One, bool HiddenWhenConfidential);

/// <summary>
/// How the HSDS 3.0 documents of the API nest, as the official examples and compiled schemas do
/// (shared/hsds/examples/*_full.json, *_list.json). Only the nesting is written here; every
/// table's fields come from the generated records.
/// </summary>
internal static class HsdsShapes
{
    // Fully nested documents, inside out.
    private static readonly HsdsShape Language = Doc("language");
    private static readonly HsdsShape Phone = Doc("phone", Many("languages", Language, "phone_id"));
    private static readonly HsdsShape Contact = Doc("contact", Many("phones", Phone, "contact_id"));
    private static readonly HsdsShape Schedule = Doc("schedule");

    private static readonly HsdsShape Location = Doc("location",
        Many("languages", Language, "location_id"),
        Many("addresses", Doc("address"), "location_id", hiddenWhenConfidential: true),
        Many("contacts", Contact, "location_id"),
        Many("accessibility", Doc("accessibility"), "location_id", hiddenWhenConfidential: true),
        Many("phones", Phone, "location_id"),
        Many("schedules", Schedule, "location_id"));

    private static readonly HsdsNest[] OrganizationParts =
    [
        Many("funding", Doc("funding"), "organization_id"),
        Many("contacts", Contact, "organization_id"),
        Many("phones", Phone, "organization_id"),
        Many("locations", Location, "organization_id"),
        Many("programs", Doc("program"), "organization_id"),
        Many("organization_identifiers", Doc("organization_identifier"), "organization_id"),
    ];

    private static readonly HsdsShape OrganizationWithoutServices = Doc("organization", OrganizationParts);

    private static readonly HsdsShape ServiceAtLocationOfService = Doc("service_at_location",
        Many("contacts", Contact, "service_at_location_id"),
        Many("phones", Phone, "service_at_location_id"),
        Many("schedules", Schedule, "service_at_location_id"),
        One("location", Location, "location_id"));

    /// <summary>A service's own relations, in the order of the HSDS examples; the parent it sits in is left out to avoid cycles.</summary>
    private static HsdsShape Service(bool withLocations, bool withOrganization) => Doc("service",
    [
        Many("phones", Phone, "service_id"),
        Many("schedules", Schedule, "service_id"),
        Many("service_areas", Doc("service_area"), "service_id"),
        .. withLocations ? [Many("service_at_locations", ServiceAtLocationOfService, "service_id")] : Array.Empty<HsdsNest>(),
        Many("languages", Language, "service_id"),
        .. withOrganization ? [One("organization", OrganizationWithoutServices, "organization_id")] : Array.Empty<HsdsNest>(),
        Many("funding", Doc("funding"), "service_id"),
        Many("cost_options", Doc("cost_option"), "service_id"),
        One("program", Doc("program"), "program_id"),
        Many("required_documents", Doc("required_document"), "service_id"),
        Many("contacts", Contact, "service_id"),
    ]);

    public static readonly HsdsShape ServiceFull = Service(withLocations: true, withOrganization: true);

    public static readonly HsdsShape ServiceAtLocationFull = Doc("service_at_location",
        Many("contacts", Contact, "service_at_location_id"),
        Many("phones", Phone, "service_at_location_id"),
        Many("schedules", Schedule, "service_at_location_id"),
        One("location", Location, "location_id"),
        One("service", Service(withLocations: false, withOrganization: true), "service_id"));

    /// <summary>An organization with its services: one-to-one fields only, or (full_service) fully nested.</summary>
    public static HsdsShape OrganizationFull(bool fullServices) => fullServices ? OrganizationWithFullServices : OrganizationWithServiceRows;

    private static readonly HsdsShape OrganizationWithServiceRows = Doc("organization",
        [.. OrganizationParts, Many("services", Row("service"), "organization_id")]);

    private static readonly HsdsShape OrganizationWithFullServices = Doc("organization",
        [.. OrganizationParts, Many("services", Service(withLocations: true, withOrganization: false), "organization_id")]);

    public static readonly HsdsShape TaxonomyFull = Doc("taxonomy");

    public static readonly HsdsShape TaxonomyTermFull = Doc("taxonomy_term", One("taxonomy_detail", Row("taxonomy"), "taxonomy_id"));

    // The lists: one-to-one fields, as the openapi's *_list schemas.
    public static readonly HsdsShape OrganizationList = Row("organization");

    public static readonly HsdsShape ServiceList = Row("service",
        One("organization", Row("organization"), "organization_id"),
        One("program", Row("program"), "program_id"));

    public static readonly HsdsShape ServiceAtLocationList = Row("service_at_location",
        One("location", Row("location"), "location_id"),
        One("service", ServiceList, "service_id"));

    public static readonly HsdsShape TaxonomyList = Row("taxonomy");

    public static readonly HsdsShape TaxonomyTermList = Row("taxonomy_term", One("taxonomy_detail", Row("taxonomy"), "taxonomy_id"));

    /// <summary>An attribute as nested in a full document: with its taxonomy term and that term's taxonomy.</summary>
    public static readonly HsdsShape Attribute = Row("attribute", One("taxonomy_term", TaxonomyTermList, "taxonomy_term_id"));

    public static readonly HsdsShape Metadata = Row("metadata");

    /// <summary>Tables whose HSDS schema has an attributes array (every one but these).</summary>
    public static bool HasAttributes(HsdsTable table) => table.Name is not ("attribute" or "metadata" or "taxonomy" or "taxonomy_term");

    /// <summary>Tables whose HSDS schema has a metadata array.</summary>
    public static bool HasMetadata(HsdsTable table) => table.Name is not "metadata";

    private static HsdsShape Doc(string table, params HsdsNest[] nests) => new(HsdsSchema.Table(table), nests, WithNotes: true);

    private static HsdsShape Row(string table, params HsdsNest[] nests) => new(HsdsSchema.Table(table), nests, WithNotes: false);

    private static HsdsNest Many(string property, HsdsShape shape, string childKey, bool hiddenWhenConfidential = false) =>
        new(property, shape, childKey, "id", One: false, hiddenWhenConfidential);

    private static HsdsNest One(string property, HsdsShape shape, string parentKey) =>
        new(property, shape, "id", parentKey, One: true, HiddenWhenConfidential: false);
}
