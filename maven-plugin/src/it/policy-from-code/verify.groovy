def log = new File(basedir, 'build.log').text
def policy = new File(basedir, 'target/ecrgen/iam-policy.json')

assert policy.isFile()
assert policy.text == '''{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEcrCalls",
      "Effect": "Allow",
      "Action": [
        "ecr:DescribeImageScanFindings",
        "ecr:GetAuthorizationToken",
        "ecr:ListImages",
        "ecr:PutImage"
      ],
      "Resource": "*"
    }
  ]
}
'''
// the goal ran after the classes were compiled, and read them
assert new File(basedir, 'target/classes/com/example/app/Registry.class').isFile()
assert log.contains(':policy (policy) @ policy-from-code ---')
assert log =~ /\[INFO\] ecrgen: 4 client call sites in 1 class \(1 input; \d+ classes of the clients themselves not counted\) need 4 actions of 1 service/
assert log.contains('[INFO] ecrgen: the code calls ecr:DescribeImageScanFindings, ecr:GetAuthorizationToken, ecr:ListImages, ecr:PutImage')
// the report: each action and who calls it
assert log.contains('''[INFO] ecrgen: ecr:DescribeImageScanFindings
[INFO] ecrgen:   com.example.app.Registry.awaitScan(Registry.java:32) calls EcrWaiter.waitUntilImageScanComplete
[INFO] ecrgen: ecr:GetAuthorizationToken
[INFO] ecrgen:   com.example.app.Registry.token(Registry.java:20) calls EcrClient.getAuthorizationToken
[INFO] ecrgen: ecr:ListImages
[INFO] ecrgen:   com.example.app.Registry.tags(Registry.java:25) calls EcrClient.listImagesPaginator
[INFO] ecrgen: ecr:PutImage
[INFO] ecrgen:   com.example.app.Registry.push(Registry.java:36) calls EcrAsyncClient.putImage
''')
assert log =~ /\[INFO\] ecrgen: wrote \S+target.ecrgen.iam-policy\.json/
assert log.contains('src/main/iam/policy.json allows every action the code calls')
assert !log.contains('[WARNING] ecrgen: no call on a client')
return true
