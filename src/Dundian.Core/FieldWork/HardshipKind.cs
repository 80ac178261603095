namespace Dundian.Core.FieldWork;

/// <summary>困难类型 of a household in the register, as the township 民情台账 sorts them.</summary>
public enum HardshipKind
{
    Other = 0,
    Illness = 1,
    Disability = 2,
    Education = 3,
    LackOfLabour = 4,
    Disaster = 5,
    LowIncome = 6,
    LoneElderly = 7,
}
