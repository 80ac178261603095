namespace Dundian.Core.Commitments;

/// <summary>Where a leader made the commitment (the seed's publicity channels).</summary>
public enum CommitmentChannel
{
    /// <summary>访谈专栏, e.g. 「百名书记说发展」.</summary>
    InterviewColumn = 1,
    /// <summary>阳光热线.</summary>
    Hotline = 2,
    /// <summary>网站.</summary>
    Website = 3,
}
