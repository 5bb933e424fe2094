//! What a file-system object is, in words, for the messages that refuse one: brief reads and
//! writes regular files only, and says what it found instead.

use std::fs::FileType;
use std::os::unix::fs::FileTypeExt;

/// "a FIFO", "a character device", …: the object as a person would name it.
pub fn describe(file_type: FileType) -> &'static str {
    if file_type.is_file() {
        "a regular file"
    } else if file_type.is_dir() {
        "a directory"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_char_device() {
        "a character device"
    } else if file_type.is_block_device() {
        "a block device"
    } else {
        "not a regular file"
    }
}
