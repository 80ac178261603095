using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublicCommitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MadeBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MadeByTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProgressPercent = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicCommitments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentMilestone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentMilestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentMilestone_PublicCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "PublicCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentProgress_PublicCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "PublicCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentVerdicts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MaskedNickname = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentVerdicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentVerdicts_PublicCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "PublicCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentMilestone_CommitmentId",
                table: "CommitmentMilestone",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentProgress_CommitmentId",
                table: "CommitmentProgress",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentVerdicts_CommitmentId",
                table: "CommitmentVerdicts",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommitments_OwnerUnitId",
                table: "PublicCommitments",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicCommitments_Status_Deadline",
                table: "PublicCommitments",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitmentMilestone");

            migrationBuilder.DropTable(
                name: "CommitmentProgress");

            migrationBuilder.DropTable(
                name: "CommitmentVerdicts");

            migrationBuilder.DropTable(
                name: "PublicCommitments");
        }
    }
}
