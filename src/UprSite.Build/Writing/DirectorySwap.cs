using System.Runtime.InteropServices;

namespace UprSite.Build.Writing;

/// <summary>
/// Exchanges two folders in one step where the system can: Linux's renameat2 with RENAME_EXCHANGE, so there is no
/// moment at which either name is missing. Elsewhere (another system, a kernel or file system without the flag)
/// <see cref="TryExchange"/> says no and the caller falls back to two renames.
/// </summary>
public static class DirectorySwap
{
    private const int CurrentFolder = -100;
    private const uint RenameExchange = 2;
    private const int InvalidArgument = 22;
    private const int NotImplemented = 38;
    private const int NotSupported = 95;

    /// <summary>Swaps the folders at <paramref name="a"/> and <paramref name="b"/> (both must exist, on one file system).</summary>
    /// <returns>False when this system cannot swap atomically; nothing was changed then.</returns>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (renameat2(CurrentFolder, a, CurrentFolder, b, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (older musl).
            return false;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is InvalidArgument or NotImplemented or NotSupported)
        {
            return false;
        }

        throw new IOException($"'{b}' could not be exchanged with '{a}': {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for one call.
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore SYSLIB1054
}
