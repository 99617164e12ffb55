namespace Circles.Web.Features.Crisis;

public enum CrisisCategory
{
    SelfHarm,
    ImmediateDanger,
}
