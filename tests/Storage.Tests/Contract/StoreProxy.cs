using System.Reflection;
using System.Runtime.ExceptionServices;

namespace MppQueue.Storage.Tests.Contract;

/// <summary>
/// An <see cref="ITestStore"/> whose every port call goes to the object that implements that port (one object for the
/// LiteDB store, one per port for PostgreSQL); exceptions come out as the store threw them.
/// </summary>
public class StoreProxy : DispatchProxy
{
    private Func<Type, object> _target = _ => throw new InvalidOperationException("No store.");
    private Action _dispose = () => { };

    public static ITestStore Create(Func<Type, object> target, Action dispose)
    {
        var proxy = Create<ITestStore, StoreProxy>();
        var self = (StoreProxy)(object)proxy;
        self._target = target;
        self._dispose = dispose;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.DeclaringType == typeof(IDisposable))
        {
            _dispose();
            return null;
        }

        try
        {
            return targetMethod.Invoke(_target(targetMethod.DeclaringType!), args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
