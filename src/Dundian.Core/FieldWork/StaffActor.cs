using Dundian.Core.Accounts;

namespace Dundian.Core.FieldWork;

/// <summary>The signed-in staff member behind a campaign action: his account id and his role grants.</summary>
public sealed record StaffActor(string UserId, StaffScope Scope);
