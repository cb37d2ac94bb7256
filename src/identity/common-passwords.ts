/**
 * The roots of the most common passwords in public breach corpora (lower case, without the
 * digits and symbols people add at the end). A password whose root is here is refused; with a
 * 12-character minimum, that catches "Password2024!", "iloveyou1234" and "qwertyuiop12".
 */
export const commonPasswords: ReadonlySet<string> = new Set(
  `password passwd passw pass letmein welcome welcome to iloveyou iloveu loveyou admin administrator root
  qwerty qwertyuiop qwertyui asdfgh asdfghjkl zxcvbnm azerty abc abcdef abcdefg abcdefgh monkey dragon
  football baseball basketball soccer hockey sunshine princess trustno shadow master superman batman
  spiderman starwars pokemon minecraft fortnite freedom whatever michael jennifer jordan hunter ranger
  buster thomas tigger charlie robert daniel jessica ashley andrew joshua matthew anthony nicole
  hannah summer winter spring autumn changeme changeit secret secure security default guest user
  login logon access mypassword mypass newpassword password password1 passwordpassword letmeinnow
  computer internet google facebook microsoft apple samsung linkedin twitter instagram youtube
  chocolate cookie cheese pepper orange banana flower butterfly purple yellow diamond silver golden
  maggie ginger killer lovely loveme angel angels babygirl baby family friends forever blessed
  jesus christ heaven hello hellothere helloworld test testing tester demo sample example
  company business office manager company123 service support helpdesk system systems database
  server network wireless wifi london paris berlin newyork chicago america canada england
  january february march april june july august september october november december
  monday tuesday friday sunday weekend holiday christmas summertime
  qazwsx qazwsxedc zaq zaqxsw mustang corvette ferrari porsche mercedes harley yankees lakers
  liverpool arsenal chelsea barcelona realmadrid juventus
  nothing anything something everything princess superstar rockstar starlight sunflower
  whatever whatsup letmeout opensesame openup open sesame unknown nopassword
  iloveyoutoo ihateyou fuckyou fuckoff asshole bitch
  administrator1 adminadmin rootroot useruser testtest guestguest`
    .split(/\s+/)
    .filter(Boolean),
);
