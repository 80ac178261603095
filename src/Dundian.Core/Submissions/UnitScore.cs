namespace Dundian.Core.Submissions;

/// <summary>One line of the ranking: a unit's items in the period and the points its adopted items earned.</summary>
public sealed record UnitScore(int Rank, int UnitId, string UnitName, int Submitted, int Adopted, int Points);
