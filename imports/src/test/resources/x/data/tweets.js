window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "1701234567890123456" ],
          "editableUntil" : "2023-09-12T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emily Stone",
            "screen_name" : "emilystone",
            "indices" : [ "0", "11" ],
            "id_str" : "44196397",
            "id" : "44196397"
          }
        ],
        "urls" : [ ]
      },
      "favorite_count" : "3",
      "id_str" : "1701234567890123456",
      "retweet_count" : "0",
      "created_at" : "Tue Sep 12 09:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@emilystone thanks for the introduction to Cielo!",
      "lang" : "en"
    }
  }
]