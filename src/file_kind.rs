//! What a file-system object is, in words, for the messages that refuse one: brief reads and
//! writes regular files only, and says what it found instead.

use std::fs::FileType;
use std::os::unix::fs::FileTypeExt;

/// Whether a file type is of one kind.
type Is = fn(&FileType) -> bool;

/// Each kind with its test, most common first.
const KINDS: [(Is, &str); 7] = [
    (FileType::is_file, "a regular file"),
    (FileType::is_dir, "a directory"),
    (FileType::is_symlink, "a symbolic link"),
    (FileTypeExt::is_fifo, "a FIFO"),
    (FileTypeExt::is_socket, "a socket"),
    (FileTypeExt::is_char_device, "a character device"),
    (FileTypeExt::is_block_device, "a block device"),
];

/// "a FIFO", "a character device", …: the object as a person would name it.
pub fn describe(file_type: FileType) -> &'static str {
    KINDS
        .iter()
        .find(|(is, _)| is(&file_type))
        .map_or("not a regular file", |(_, name)| name)
}
