namespace Dundian.Core.Data.Demo;

/// <summary>An example account made with the demo data, and its one-time password (printed once at first start).</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string Password);
