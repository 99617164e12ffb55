namespace Circles.Web.Features.MyData;

public static class MyDataSetup
{
    /// <summary>Downloading and erasing everything about me (SEC-36, SEC-37).</summary>
    public static WebApplicationBuilder AddMyData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountErasure>();
        builder.Services.AddScoped<PersonalDataExport>();
        return builder;
    }
}
