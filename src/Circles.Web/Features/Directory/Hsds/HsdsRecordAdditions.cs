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
