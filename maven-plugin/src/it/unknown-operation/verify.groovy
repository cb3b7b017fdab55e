def log = new File(basedir, 'build.log').text
// a mistake in the configuration, said so; each bad name once with the nearest valid ones; the valid names once
assert log.contains("2 problems in the configuration:")
assert log.contains("[E150] operations: 'Whisper' is not an operation of the model")
assert log.contains("[E150] operations: 'listItem' is not an operation of the model; did you mean ListItems?")
assert log.contains("the model's operations are [Echo, ListItems]")
assert log.count("[Echo, ListItems]") == 1
assert !log.contains("problems in the model")
assert !log.contains("'Echo' is not an operation")
return true
