window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1290847563",
