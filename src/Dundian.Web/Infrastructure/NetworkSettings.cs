namespace Dundian.Web.Infrastructure;

/// <summary>The network settings as resolved at start (see <see cref="NetworkOptions"/>).</summary>
public sealed record NetworkSettings(bool BehindProxy, bool HttpsEnforced);
