namespace MppQueue.Server.Auth;

public enum SignInOutcome
{
    Success,
    Missing,
    Wrong,
    Disabled,
    Locked,
}
