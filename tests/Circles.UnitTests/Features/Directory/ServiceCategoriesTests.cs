using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Gaps;
using Circles.Web.Features.Needs;

namespace Circles.UnitTests.Features.Directory;

/// <summary>The gap analysis counts a service against a need through its terms: every seeded term must land somewhere.</summary>
public class ServiceCategoriesTests
{
    [Fact]
    public void In_EverySurvivorTaxonomyTerm_MeetsAtLeastOneKindOfNeed()
    {
        var unmatched = SurvivorTaxonomy.Terms
            .Where(term => !ServiceCategories.In(term.Code).Concat(ServiceCategories.In(term.Name)).Any())
            .Select(term => term.Code)
            .ToList();

        Assert.True(unmatched.Count == 0, "Terms no need category recognises: " + string.Join(", ", unmatched));
    }

    [Theory]
    [InlineData("safe-stay", NeedCategory.Housing)]
    [InlineData("immigration-legal", NeedCategory.Immigration)]
    [InlineData("immigration-legal", NeedCategory.Legal)]
    [InlineData("counselling-interpreter", NeedCategory.Counselling)]
    [InlineData("police-court", NeedCategory.Legal)]
    public void In_SurvivorTerm_MeetsTheNeedItNames(string code, NeedCategory expected)
    {
        var term = SurvivorTaxonomy.Terms.Single(t => t.Code == code);

        Assert.Contains(expected, ServiceCategories.In(term.Code).Concat(ServiceCategories.In(term.Name)));
    }
}
