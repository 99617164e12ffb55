namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// Circles' answer to confidential addresses (shelters, safe houses): a confidential location's
/// addresses are never shown to members, partners or the public, never leave through the API or
/// an ordinary export, and are reached only through a referral. Not an HSDS field, so an import
/// never changes it.
/// </summary>
public partial class HsdsLocation
{
    public bool IsConfidential { get; set; }
}

public partial class HsdsAddress
{
    /// <summary>The address on one line, as the pages show it: street, city, region and postcode.</summary>
    public string OneLine() =>
        string.Join(", ", new[] { Address1, Address2, City, StateProvince, PostalCode }.Where(part => !string.IsNullOrEmpty(part)));
}
