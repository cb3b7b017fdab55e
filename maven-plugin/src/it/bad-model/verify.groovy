def log = new File(basedir, 'build.log').text

assert log.contains('ecrgen cannot generate from ')
assert log.contains('4 problems in the model:')
assert log.contains("[E101] metadata.protocol: 'soap' is not supported")
assert log.contains("[E111] shapes.PingResponse.members.owner: refers to shape 'Owner', which the model does not define")
assert log.contains('[E121] operations.Ping.input: refers to Text of type string; operation inputs, outputs and errors must be structures')
assert log =~ /\[E13\d\] [^\n]*ListItems[^\n]*'items'/
// a report the user can act on, not a stack trace
assert !(log =~ /\n\s+at dev\.ecrgen\./)
assert !log.contains('Exception:')
assert !new File(basedir, 'target/generated-sources/ecrgen/.ecrgen-fingerprint').exists()
return true
