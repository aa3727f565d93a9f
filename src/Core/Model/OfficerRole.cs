namespace MppQueue.Core;

public enum OfficerRole
{
    Officer,
    Supervisor,
    Admin,
}
