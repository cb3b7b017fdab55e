def generated = new File(basedir, 'target/generated-sources/ecrgen/com/example/demo')
def classes = new File(basedir, 'target/classes/com/example/demo')
def log = new File(basedir, 'build.log').text

assert new File(generated, 'DemoClient.java').isFile()
assert new File(generated, 'model/ListItemsRequest.java').isFile()
assert new File(generated, 'model/Color.java').isFile()
assert new File(classes, 'DemoClient.class').isFile()
assert new File(classes, 'model/EchoRequest.class').isFile()
assert new File(classes, 'model/NotFoundException.class').isFile()

def fingerprint = new File(basedir, 'target/generated-sources/ecrgen/.ecrgen-fingerprint').text
assert fingerprint.contains('format=3')
assert fingerprint.contains('endpointRules=absent')
assert log.contains('[WARNING] ecrgen: no endpoint rule set at ')
assert fingerprint =~ /paginators=crc32-adler32:[0-9a-f]{16}\/\d+/
assert fingerprint.contains('waiters=absent')
assert log.contains('[WARNING] ecrgen: no waiters: ') && log.contains('waiters-2.json does not exist')
assert !log.contains('[WARNING] ecrgen: no paginators')
assert fingerprint.contains('basePackage=com.example.demo')

assert log.contains('ecrgen: generating from ')
assert log.contains('because there is no fingerprint of an earlier run')
return true
