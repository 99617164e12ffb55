using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Circles.Web.Demo;

/// <summary>Tells whoever started Circles where to sign in, and with which demo accounts.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation("Circles is running: sign in at {Address}/account/signin", address.TrimEnd('/'));
        }
        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            var customPassword = !string.IsNullOrEmpty(app.Configuration["Demo:Password"]);
            app.Logger.LogInformation(
                "Demo mode: accounts {Accounts}; password {Password}",
                string.Join(", ", DemoSeeder.Accounts.Select(a => a.UserName)),
                customPassword ? "(the one set in Demo:Password)" : DemoSeeder.DefaultPassword);
        }
    }
}
