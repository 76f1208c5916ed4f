package networth.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One file being replaced whole: the bytes go to a hidden temporary file beside it ({@code
 * .NAME123….tmp}), which is renamed over it on {@link #commit}, so a reader (or a kill) sees the
 * old file or the whole new one, never half.
 *
 * <p>A symbolic link is followed: the link stays and its target gets the new content. Only regular
 * files are replaced: a folder, a device or a FIFO is refused, so no one's {@code /dev/full}
 * becomes a world-writable file. While it is written the temporary file is locked; a temporary file
 * of the same target that nobody holds is what a killed write left, and the next write removes it.
 */
final class Replacement implements AutoCloseable {

  /** A temporary file younger than this may be one whose writer has not locked it yet. */
  private static final long STALE_AFTER_MILLIS = 10_000;

  private static final int MAX_LINKS = 40;

  private static final int SLICE = 1 << 16;

  private final Path shown;
  private final Path target;
  private final Path tmp;
  private final FileChannel channel;
  private boolean committed;

  private Replacement(Path shown, Path target, Path tmp, FileChannel channel) {
    this.shown = shown;
    this.target = target;
    this.tmp = tmp;
    this.channel = channel;
  }

  /**
   * Starts replacing {@code shown} (the path as the user named it, which messages use).
   *
   * @throws UnsupportedFormatException when it is (or links to) something other than a file
   * @throws AccessDeniedException naming {@code shown} when its folder may not be written
   */
  static Replacement begin(Path shown) throws IOException {
    Path target = followLinks(shown);
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new UnsupportedFormatException(
          "cannot write "
              + shown
              + (target.equals(shown) ? "" : " (a link to " + target + ")")
              + ": it is "
              + (Files.isDirectory(target)
                  ? "a folder"
                  : "not a regular file (a device, FIFO or socket)")
              + "; name a file to write");
    }
    Path dir = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    try {
      Files.createDirectories(dir);
      removeStale(dir, name);
      Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
      FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
      try {
        // Held until the rename: a lock nobody holds marks the file as a killed write's.
        channel.lock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        Files.deleteIfExists(tmp);
        throw e;
      }
      return new Replacement(shown, target, tmp, channel);
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(
          shown.toString(),
          null,
          "not allowed to write in the folder "
              + dir
              + ": change its permissions, or write somewhere else");
    } catch (FileSystemException e) {
      // Name the file the user asked for, not the hidden temporary file beside it.
      throw new FileSystemException(
          shown.toString(),
          null,
          "cannot create a file in the folder "
              + dir
              + (e.getReason() == null ? "" : " (" + e.getReason() + ")")
              + ": write somewhere else");
    }
  }

  /** How many bytes a write put into the temporary file, and their CRC-32. */
  record Written(long size, long crc32) {}

  /**
   * Writes the text {@code what} writes, encoded as UTF-8 as it comes, so that it is never held
   * whole; every byte also goes to {@code alongside} (to compare it with the file it replaces).
   *
   * @throws IOException what {@code what} throws, or the cause of an {@link UncheckedIOException}
   *     it throws; the temporary file is then removed on {@link #close}
   */
  Written write(IoWriter what, OutputStream alongside) throws IOException {
    Tally tally = new Tally(alongside);
    TextOut text = new TextOut(new BufferedOutputStream(tally, SLICE));
    try {
      what.write(text);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    text.flush();
    return new Written(tally.size, tally.crc.getValue());
  }

  /** The bytes on their way to the temporary file: counted, summed, copied alongside. */
  private final class Tally extends OutputStream {
    final CRC32 crc = new CRC32();
    final OutputStream alongside;
    long size;

    Tally(OutputStream alongside) {
      this.alongside = alongside;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      size += len;
      alongside.write(b, off, len);
      ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  void write(byte[] content) throws IOException {
    // In slices: a channel copies a heap buffer into a native one as large as what it is given.
    for (int at = 0; at < content.length; at += SLICE) {
      ByteBuffer buffer = ByteBuffer.wrap(content, at, Math.min(SLICE, content.length - at));
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  /** Renames the new content over the target; returns the path as the user named it. */
  Path commit() throws IOException {
    keepPermissions();
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(
          shown.toString(), null, "not allowed to replace it: change its permissions");
    }
    committed = true;
    channel.close();
    return shown;
  }

  /**
   * Ends the write; without a {@link #commit} the temporary file is removed and nothing changes.
   */
  @Override
  public void close() throws IOException {
    if (!committed) {
      channel.close();
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A temporary file is readable by its owner only; the file it replaces keeps the permissions it
   * had, and a new one gets those of an ordinary new file (rw-r--r--).
   */
  private void keepPermissions() throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.isRegularFile(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }

  /** Where the bytes of {@code p} live: the end of its chain of symbolic links, if it is one. */
  static Path followLinks(Path p) throws IOException {
    Path at = p;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(at); i++) {
      Path parent = at.toAbsolutePath().getParent();
      at = parent.resolve(Files.readSymbolicLink(at));
    }
    if (Files.isSymbolicLink(at)) {
      throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
    }
    return at;
  }

  /** Removes what killed writes of this target left: its temporary files that nobody holds. */
  private static void removeStale(Path dir, String name) throws IOException {
    String prefix = "." + name;
    DirectoryStream.Filter<Path> ours =
        p -> {
          String n = p.getFileName().toString();
          return n.startsWith(prefix)
              && n.endsWith(".tmp")
              && n.length() > prefix.length() + 4
              && n.substring(prefix.length(), n.length() - 4).chars().allMatch(Character::isDigit);
        };
    long before = System.currentTimeMillis() - STALE_AFTER_MILLIS;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ours)) {
      for (Path p : found) {
        removeIfAbandoned(p, FileTime.fromMillis(before));
      }
    }
  }

  private static void removeIfAbandoned(Path p, FileTime before) {
    try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
      if (Files.getLastModifiedTime(p).compareTo(before) > 0) {
        return;
      }
      FileLock lock = c.tryLock();
      if (lock != null) {
        Files.deleteIfExists(p);
        lock.release();
      }
    } catch (OverlappingFileLockException | IOException e) {
      // Held by a write under way in this process, or not ours to remove: leave it.
    }
  }
}
