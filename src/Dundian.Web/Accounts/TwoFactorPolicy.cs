using Dundian.Core.Accounts;

namespace Dundian.Web.Accounts;

/// <summary>
/// Which roles must sign in with a second factor (<c>Accounts:RequireTwoFactorFor</c>: comma-separated role names, or
/// <c>none</c>). Unset: SystemAdmin outside Development and Testing (等保 2.0 level 3 asks two factors of
/// administrators); in Development it is offered but not forced, so a newcomer can try the demo at once.
/// Everyone may enrol; holders of a required role are sent to enrol before they can use anything else.
/// </summary>
public sealed class TwoFactorPolicy
{
    public const string SettingKey = "Accounts:RequireTwoFactorFor";

    public TwoFactorPolicy(IReadOnlySet<StaffRole> required) => Required = required;

    public IReadOnlySet<StaffRole> Required { get; }

    public bool IsRequiredFor(IEnumerable<StaffRole> roles) => roles.Any(Required.Contains);

    public static TwoFactorPolicy From(string? setting, IHostEnvironment environment)
    {
        var value = string.IsNullOrWhiteSpace(setting)
            ? environment.IsDevelopment() || environment.IsEnvironment("Testing") ? "none" : nameof(StaffRole.SystemAdmin)
            : setting;
        if (value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)) return new TwoFactorPolicy(new HashSet<StaffRole>());
        var roles = new HashSet<StaffRole>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<StaffRole>(name, ignoreCase: true, out var role) || !Enum.IsDefined(role))
                throw new InvalidOperationException(
                    $"{SettingKey}: '{name}' is not a role ({string.Join(", ", Enum.GetNames<StaffRole>())}, or none).");
            roles.Add(role);
        }
        return new TwoFactorPolicy(roles);
    }
}
