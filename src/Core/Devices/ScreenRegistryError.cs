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
}
