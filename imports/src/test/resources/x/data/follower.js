window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1290847563",
      "userLink" : "https://twitter.com/intent/user?user_id=1290847563"
    }
  },
  {
    "follower" : {
      "accountId" : "44196397",
      "userLink" : "https://twitter.com/intent/user?user_id=44196397"
    }
  }
]