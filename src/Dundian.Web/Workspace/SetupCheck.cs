namespace Dundian.Web.Workspace;

/// <summary>A set-up gap an admin should close on a fresh install: what is missing, what to do, where.</summary>
public sealed record SetupCheck(string Problem, string Fix, string Url);
