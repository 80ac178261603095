using Dundian.Core.Campaigns;
using Dundian.Core.Org;

namespace Dundian.Core.Data.Demo;

/// <summary>One demo research group with the places and people the record generators need.</summary>
internal sealed record CampaignDemoGroup(
    int Index, ResearchGroup Group, OrgUnit Town, OrgUnit LiaisonVillage, IReadOnlyList<OrgUnit> TownVillages,
    Participant Leader, Participant Second, ResearchTopic Topic);
