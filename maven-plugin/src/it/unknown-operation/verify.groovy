def log = new File(basedir, 'build.log').text
assert log.contains("[E150] operations: 'Whisper' is not an operation of the model; valid names are [Echo, ListItems]")
assert !log.contains("'Echo' is not an operation")
return true
