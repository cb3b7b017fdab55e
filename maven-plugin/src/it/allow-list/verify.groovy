def generated = new File(basedir, 'target/generated-sources/ecrgen/com/example/demo')
def client = new File(generated, 'DemoClient.java').text

assert new File(generated, 'model/EchoRequest.java').isFile()
assert new File(generated, 'model/EchoResponse.java').isFile()
['ListItemsRequest', 'ListItemsResponse', 'Item', 'Color', 'NotFoundException'].each {
    assert !new File(generated, "model/${it}.java").exists() : "${it} is not reached by Echo"
}
assert client.contains('echo(')
assert !client.contains('listItems(')
assert new File(basedir, 'target/classes/com/example/demo/model/EchoRequest.class').isFile()
assert new File(basedir, 'target/generated-sources/ecrgen/.ecrgen-fingerprint').text.contains('operations=Echo')
return true
