def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/ecrgen/dev/ecrgen/services/ecr')
def fingerprint = new File(basedir, 'target/generated-sources/ecrgen/.ecrgen-fingerprint').text

assert log.contains('ecrgen: generating from classpath:models/ecr/2015-09-21/service-2.json')
assert new File(generated, 'EcrClient.java').isFile()
assert new File(generated, 'model/DescribeImagesRequest.java').isFile()
assert new File(generated, 'model/GetAuthorizationTokenResponse.java').isFile()
assert !new File(generated, 'model/PutImageRequest.java').exists()
// paginators-1.json and waiters-2.json were found beside the resource
assert fingerprint =~ /paginators=crc32-adler32:[0-9a-f]{16}\/\d+/
assert fingerprint =~ /waiters=crc32-adler32:[0-9a-f]{16}\/\d+/
assert new File(basedir, 'target/classes/dev/ecrgen/services/ecr/EcrClient.class').isFile()
return true
