// Package userstate keeps the user's own state: bookmarks (a date and a map
// view saved under a name), notes, settings and the last position. It lives
// in one buntdb file in the app's storage folder and is reloaded at start.
//
// The user's data must never be lost, so:
//
//   - every write is its own buntdb transaction, with SyncPolicy Always: a
//     write method returns only after the change is written and fsynced.
//     buntdb ignores a failed fsync, so the store fsyncs once more through
//     its own handle and returns that failure;
//   - a value that cannot be decoded (the file was edited by hand) is left
//     exactly as it is: lists skip it, methods that would change or delete
//     it refuse with ErrDamaged, and Problems names the file and the key;
//   - a file buntdb cannot read is renamed to <path>.broken-<UTC time>, a
//     fresh file is started, and Problems says where the old one is;
//   - a file whose last write was cut off mid-command opens with everything
//     before it: buntdb truncates the unfinished command, and the store
//     first copies those bytes to <path>.cut-<UTC time> and reports it (a
//     damaged length in the middle of the file looks the same to buntdb);
//   - on Unix the file is locked (<path>.lock) so that a second store, or
//     the app started twice, gets ErrInUse instead of interleaving writes;
//   - buntdb's automatic shrinking is off: it replaces the file without
//     fsyncing the new one. The file grows by one entry a write.
//
// Keys are bookmark:<id>, note:<id>, setting:<key> and last; values are JSON
// with times in UTC RFC 3339 with nanoseconds, so times round-trip exactly
// (compare them with time.Equal).
//
// A Store is safe for concurrent use by several goroutines.
package userstate
