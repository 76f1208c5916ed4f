[
  {
    "follower" : {
      "accountId" : "1290847563",
      "userLink" : "https://twitter.com/intent/user?user_id=1290847563"
    }
  }
]