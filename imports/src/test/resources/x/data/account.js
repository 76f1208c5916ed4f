window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "me@example.com",
      "createdVia" : "web",
      "username" : "consultant_me",
      "accountId" : "98765",
      "createdAt" : "2011-03-01T10:00:00.000Z",
      "accountDisplayName" : "The Consultant"
    }
  }
]