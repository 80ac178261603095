using Dundian.Core.Accounts;
using Dundian.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Dundian.Web.Accounts;

public static class AccountsSetup
{
    /// <summary>The sign-in cookie's name; the output cache, which runs before authentication, looks for it.</summary>
    public const string SignInCookie = "dundian.auth";

    /// <summary>
    /// ASP.NET Core Identity without Identity's own roles: a role is a <see cref="RoleGrant"/> on an org unit,
    /// turned into claims at sign-in by <see cref="GrantClaimsFactory"/>.
    /// </summary>
    public static IServiceCollection AddDundianAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<AppUser>(o =>
            {
                // Password policy of the 等保 (MLPS) kind: long, three character classes and a symbol.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                // Identity's lockout counts only wrong second-factor codes (entered after the right password): wrong
                // passwords are slowed per user name and address by SignInThrottle, so a stranger cannot lock anyone out.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<DundianDbContext>()
            .AddSignInManager<DundianSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<GrantClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = SignInCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // Grants changed by an admin reach a signed-in user within a minute (the security stamp is renewed).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.SystemAdmin, p => p.RequireRole(nameof(StaffRole.SystemAdmin)));
        services.AddScoped<SignInAudit>();
        services.AddDistributedMemoryCache(); // TryAdd: a shared cache registered for scale-out takes precedence
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton(sp => TwoFactorPolicy.From(
            sp.GetRequiredService<IConfiguration>()[TwoFactorPolicy.SettingKey], sp.GetRequiredService<IHostEnvironment>()));
        services.AddScoped<TwoFactorEnrolment>();
        services.AddScoped<GrantChoices>();
        return services;
    }
}
