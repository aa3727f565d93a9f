namespace MppQueue.Core;

public enum ScreenRegistryError
{
    NameMissing,
    NameTooLong,
    UnknownZone,
    UnknownDesk,
    DeskInOtherZone,
    UnknownScreen,
    UnknownKind,

    /// <summary>The name holds a control character (<see cref="CatalogRules.HasControl"/>).</summary>
    NameNotPlain,
}
