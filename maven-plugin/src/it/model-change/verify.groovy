def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/ecrgen/com/example/demo')
def classes = new File(basedir, 'target/classes/com/example/demo')

assert log.contains('because the model changed')
assert log.contains('ecrgen: deleted com/example/demo/model/EchoRequest.java (no longer generated)')
assert log.contains('ecrgen: deleted com/example/demo/model/EchoResponse.java (no longer generated)')

assert new File(generated, 'model/ShoutRequest.java').isFile()
assert new File(classes, 'model/ShoutRequest.class').isFile()
['EchoRequest', 'EchoResponse'].each {
    assert !new File(generated, "model/${it}.java").exists()
    assert !new File(classes, "model/${it}.class").exists()
}
assert !new File(generated, 'DemoClient.java').text.contains('echo(')
assert new File(generated, 'DemoClient.java').text.contains('shout(')
return true
