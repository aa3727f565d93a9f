namespace MppQueue.Server.Tests.Support;

/// <summary>The people of the authorization table (the officer and the agency's supervisor are Disdukcapil's, the other officer Samsat's).</summary>
public enum Who
{
    Anonymous,
    Officer,
    OfficerOfAnotherAgency,
    AgencySupervisor,
    MppSupervisor,
    Admin,
}
